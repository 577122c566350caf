import { describe, expect, it } from 'vitest';
import { findZones, zoneCity } from './zoneSearch.ts';

const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Shanghai',
  'Asia/Kolkata',
  'America/Los_Angeles',
  'America/Louisville',
  'Australia/Lord_Howe',
];

describe('findZones', () => {
  it.each([
    ['London', 'Europe/London'],
    ['london', 'Europe/London'],
    ['伦敦', 'Europe/London'],
    ['北京', 'Asia/Shanghai'],
    ['Beijing', 'Asia/Shanghai'],
    ['Bengaluru', 'Asia/Kolkata'],
    ['los angeles', 'America/Los_Angeles'],
    ['Los_Angeles', 'America/Los_Angeles'],
    ['America/Los_Angeles', 'America/Los_Angeles'],
    ['utc', 'UTC'],
  ])('finds %s as %s first', (query, zone) => {
    expect(findZones(query, ZONES)[0]).toBe(zone);
  });

  it('lists every zone a prefix could mean', () => {
    expect(findZones('lo', ZONES)).toEqual(
      expect.arrayContaining(['Europe/London', 'America/Los_Angeles', 'America/Louisville', 'Australia/Lord_Howe']),
    );
  });

  it('finds nothing for nothing, or for a city it does not know', () => {
    expect(findZones('  ', ZONES)).toEqual([]);
    expect(findZones('Atlantis', ZONES)).toEqual([]);
  });

  it('never offers an alias for a zone the engine does not know', () => {
    expect(findZones('北京', ['UTC'])).toEqual([]);
  });
});

describe('zoneCity', () => {
  it('names the city of a zone id', () => {
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});
