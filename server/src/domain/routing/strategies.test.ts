import { describe, expect, it } from 'vitest';
import { effectiveCapacity, hasFreeSlot } from './capacity.js';
import { leastBusy, roundRobin, selectAgent, type Candidate } from './strategies.js';

const agent = (id: string, activeChats: number, lastAssignedAt: number): Candidate => ({ id, activeChats, lastAssignedAt });

describe('assignment strategies', () => {
  it('least busy picks the agent with fewest open chats, then the one assigned longest ago', () => {
    expect(leastBusy([agent('a', 2, 1), agent('b', 0, 9), agent('c', 1, 0)])?.id).toBe('b');
    expect(leastBusy([agent('a', 1, 50), agent('b', 1, 10), agent('c', 1, 30)])?.id).toBe('b');
    expect(leastBusy([])).toBeNull();
  });

  it('round robin takes turns whatever the load: whoever was assigned longest ago goes next', () => {
    const agents = [agent('a', 0, 0), agent('b', 3, 0), agent('c', 1, 0)];
    const order: string[] = [];
    for (let t = 1; t <= 6; t++) {
      const next = roundRobin(agents)!;
      order.push(next.id);
      next.lastAssignedAt = t;
    }
    expect(order).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('selects by the site strategy', () => {
    const agents = [agent('busy-but-due', 2, 0), agent('idle', 0, 100)];
    expect(selectAgent('least_busy', agents)?.id).toBe('idle');
    expect(selectAgent('round_robin', agents)?.id).toBe('busy-but-due');
  });
});

describe('capacity', () => {
  it("uses the agent's own capacity, or the site default when it is 0", () => {
    expect(effectiveCapacity({ capacity: 5 }, 3)).toBe(5);
    expect(effectiveCapacity({ capacity: 0 }, 3)).toBe(3);
  });

  it('has a free slot only below capacity', () => {
    expect(hasFreeSlot({ capacity: 2, activeChats: 1 }, 9)).toBe(true);
    expect(hasFreeSlot({ capacity: 2, activeChats: 2 }, 9)).toBe(false);
    expect(hasFreeSlot({ capacity: 0, activeChats: 2 }, 3)).toBe(true);
    expect(hasFreeSlot({ capacity: 0, activeChats: 3 }, 3)).toBe(false);
  });
});
