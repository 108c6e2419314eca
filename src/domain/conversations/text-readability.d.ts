// Types for the text-readability package (no types of its own), used only by the readability test.
// Only the function the test calls is declared.
declare module 'text-readability' {
  interface Readability {
    /** Flesch-Kincaid grade level of a text. */
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
