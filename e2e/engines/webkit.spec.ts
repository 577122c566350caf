import { runTasks } from './run-tasks.ts';

runTasks('webkit');
