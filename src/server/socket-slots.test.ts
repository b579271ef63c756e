import { describe, expect, it } from 'vitest';
import { isLoopback, socketSlots } from './socket-slots';

describe('socket slots per address', () => {
  it('refuses an address past its cap until one of its sockets closes, and counts addresses apart', () => {
    const slots = socketSlots(2);
    expect(slots.take('192.168.1.20')).toBe(true);
    expect(slots.take('192.168.1.20')).toBe(true);
    expect(slots.take('192.168.1.20')).toBe(false);
    expect(slots.take('192.168.1.21')).toBe(true);
    slots.release('192.168.1.20');
    expect(slots.take('192.168.1.20')).toBe(true);
    expect(slots.take('192.168.1.20')).toBe(false);
  });

  it('never counts this machine (IPv4, IPv6 and IPv4-mapped loopback)', () => {
    const slots = socketSlots(1);
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.0.0.1'])
      expect(slots.take(address)).toBe(true);
    expect(isLoopback('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
  });

  it('a release without a take does not open more slots than the cap', () => {
    const slots = socketSlots(1);
    slots.release('10.0.0.5');
    expect(slots.take('10.0.0.5')).toBe(true);
    expect(slots.take('10.0.0.5')).toBe(false);
  });
});
