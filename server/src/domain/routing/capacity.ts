/** An agent's capacity: their own when set (above 0), else the site's default. */
export function effectiveCapacity(agent: { capacity: number }, siteDefault: number): number {
  return agent.capacity > 0 ? agent.capacity : siteDefault;
}

/** True while the agent holds fewer open chats than their capacity. */
export function hasFreeSlot(agent: { capacity: number; activeChats: number }, siteDefault: number): boolean {
  return agent.activeChats < effectiveCapacity(agent, siteDefault);
}
