/**
 * The signatures of the thinking a chat model produced, by thinking text. n8n's AI Agent hands
 * earlier reasoning back as plain text (its LangChain adapter drops provider metadata), so the
 * model looks the signature up here to send the thinking block back unchanged with tool results.
 */
export class ThinkingSignatures {
	private readonly byText = new Map<string, string>();

	/** Remembers a complete thinking block. */
	remember(thinking: string, signature: string): void {
		if (thinking !== '' && signature !== '') this.byText.set(thinking, signature);
	}

	/** The signature of this exact thinking text, if this model produced it. */
	signatureOf(thinking: string): string | undefined {
		return this.byText.get(thinking);
	}
}
