/** One tool the model may call; the same definitions serve Gemini and Bedrock. */
export interface ToolDefinition {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
}

export interface ToolCall {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

/** What the model said in one step: tool calls to run, or its final text. */
export interface ModelTurn {
  text: string;
  toolCalls: ToolCall[];
}

/** One conversation with a model, in that provider's own message format. */
export interface ModelSession {
  step(signal: AbortSignal): Promise<ModelTurn>;
  /** The same step through the provider's streaming API, reporting text as it arrives. */
  stepStream(signal: AbortSignal, onText: (delta: string) => void): Promise<ModelTurn>;
  addToolResults(results: Array<{ call: ToolCall; result: unknown }>): void;
}

export interface PriorTurn {
  role: 'user' | 'assistant';
  text: string;
  /** The movies an assistant turn recommended, so the conversation can be shown again. */
  movieIds?: number[];
}

export interface AiProvider {
  readonly name: 'gemini' | 'bedrock';
  open(system: string, history: PriorTurn[], message: string, tools: ToolDefinition[]): ModelSession;
}
