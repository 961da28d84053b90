/** Types for text-readability (the package ships none): only what the lesson check uses. */
declare module 'text-readability' {
	const readability: {
		fleschKincaidGrade(text: string): number;
		fleschReadingEase(text: string): number;
		sentenceCount(text: string): number;
		lexiconCount(text: string, removePunctuation?: boolean): number;
		syllableCount(text: string): number;
	};
	export default readability;
}
