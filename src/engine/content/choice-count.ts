const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5 };

/** The number a "Choose TWO." style instruction asks for, or null when the prompt says none. */
export function statedChoiceCount(prompt: string): number | null {
  const match = /\b(?:choose|select|pick)\s+(two|three|four|five|[2-5])\b/i.exec(prompt);
  return match?.[1] ? (COUNT_WORDS[match[1].toLowerCase()] ?? null) : null;
}
