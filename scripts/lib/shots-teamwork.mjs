// Tags and mentions for `npm run shots` (issue 14 part 2): the Tags page empty and full, its
// editor and delete confirmation, the inbox with tags on rows and in the header (the filter
// set), the header's Add tag menu, and the Mentions view after a colleague's note.

/** Before the workspace has tags or mentions: the empty states. */
export async function shootTeamworkEmpty({ shoot, open, session }) {
  await shoot('tags-empty', open('tags', '.ui-empty'), session);
  await shoot('mentions-empty', open('mentions', '.ui-empty'), session);
}

/**
 * With the inbox seeded: three tags, two on the first conversation and one on the second, and a
 * note by the colleague (`colleague`: email and password) naming the admin.
 */
export async function shootTeamwork({ shoot, open, session, api, ids, colleague, adminName }) {
  const tag = async (name, colour) => (await api('POST', '/tags', { name, colour }, session.token)).tag;
  const billing = await tag('Billing', '#2563eb');
  const bug = await tag('缺陷 Bug', '#dc2626');
  const vip = await tag('VIP', '#f59e0b');
  await api('PUT', `/conversations/${ids[0]}/tags`, { tagIds: [billing.id, vip.id] }, session.token);
  await api('PUT', `/conversations/${ids[1]}/tags`, { tagIds: [bug.id] }, session.token);
  const jun = await api('POST', '/auth/login', colleague);
  await api('POST', `/conversations/${ids[0]}/messages`, { text: `@${adminName} please look at this refund, 請幫忙看看`, internal: true }, jun.token);

  await shoot('tags', open('tags', '.ui-table'), session);
  await shoot('tag-editor', async (page) => {
    await open('tags', '.ui-table')(page);
    await page.locator('.ui-table tbody tr').first().locator('button').first().click();
    await page.locator('.ui-drawer .tag-swatches').waitFor();
  }, session);
  await shoot('tag-delete', async (page) => {
    await open('tags', '.ui-table')(page);
    await page.locator('.ui-table tbody tr').first().locator('button').nth(1).click();
    await page.locator('.ui-modal').waitFor();
  }, session);
  await shoot('inbox-tags', async (page) => {
    await open(`conversations/${ids[0]}`, '.conversation-tags .tag-chip')(page);
    // Under 768 px the list is hidden while a conversation is open.
    const all = page.getByRole('tab').nth(2);
    if (await all.isVisible()) {
      await all.click();
      await page.locator('.row-tags').first().waitFor();
    }
  }, session);
  await shoot('inbox-tag-filter', async (page) => {
    await open('', '.conversation-row')(page);
    await page.getByRole('tab').nth(2).click();
    await page.locator('.tag-filter select').selectOption(billing.id);
  }, session);
  await shoot('inbox-tag-menu', async (page) => {
    await open(`conversations/${ids[1]}`, '.conversation-tags .tag-chip')(page);
    await page.locator('.tag-add-button').click();
    await page.locator('.tag-picker-input').fill('b');
    await page.locator('.tag-picker-option').first().waitFor();
  }, session);
  await shoot('mentions', open('mentions', '.mention-item'), session);
}
