import { describe, expect, it } from 'vitest';
import { pipeMessages } from './bareChromium.ts';

describe('pipeMessages', () => {
  it('splits what came down the pipe at each NUL byte', () => {
    expect(pipeMessages('{"id":1}\0{"id":2}\0')).toEqual({ messages: ['{"id":1}', '{"id":2}'], rest: '' });
  });

  it('keeps a message cut short by the read for the next one', () => {
    const first = pipeMessages('{"id":1}\0{"id":');
    expect(first).toEqual({ messages: ['{"id":1}'], rest: '{"id":' });
    expect(pipeMessages(`${first.rest}2}\0`)).toEqual({ messages: ['{"id":2}'], rest: '' });
  });

  it('returns nothing until a message is whole', () => {
    expect(pipeMessages('{"id":3')).toEqual({ messages: [], rest: '{"id":3' });
    expect(pipeMessages('')).toEqual({ messages: [], rest: '' });
  });
});
