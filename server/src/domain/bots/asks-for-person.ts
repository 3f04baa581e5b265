// Words a visitor uses to ask for a person. Latin words match whole words (so "agents" or
// "personal" do not); Chinese has no spaces, so its phrases match anywhere in the text.
const latin = /\b(human|agent|person|operator|real person|someone real)\b/i;
const cjk = ['人工', '真人', '客服', '轉接', '转接'];

/** True when a visitor's message asks for a person, in English or Chinese (Simplified or Traditional). */
export function asksForPerson(text: string): boolean {
  return latin.test(text) || cjk.some((phrase) => text.includes(phrase));
}
