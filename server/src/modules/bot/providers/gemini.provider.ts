import { GoogleGenAI, type Content } from '@google/genai';
import type { AiProvider, ModelSession, ModelTurn, PriorTurn, ToolCall, ToolDefinition } from './provider';

export interface GeminiOptions {
  apiKey: string;
  model: string;
  /** Endpoint override (tests point it at a local stub). */
  baseUrl?: string;
}

/** Gemini through `@google/genai` (the maintained successor of `@google/generative-ai`), native function calling. */
export class GeminiProvider implements AiProvider {
  readonly name = 'gemini' as const;
  private readonly client: GoogleGenAI;

  constructor(private readonly options: GeminiOptions) {
    // Every call is bounded by our own timeout (AI_TIMEOUT_MS), so the plain global fetch is used rather
    // than the SDK's timeout-free Undici dispatcher.
    this.client = new GoogleGenAI({
      apiKey: options.apiKey,
      httpOptions: { ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), fetch: (input, init) => fetch(input, init) },
    });
  }

  open(system: string, history: PriorTurn[], message: string, tools: ToolDefinition[]): ModelSession {
    const contents: Content[] = [
      ...history.map((turn) => ({ role: turn.role === 'user' ? 'user' : 'model', parts: [{ text: turn.text }] })),
      { role: 'user', parts: [{ text: message }] },
    ];
    const functionDeclarations = tools.map((tool) => ({ name: tool.name, description: tool.description, parametersJsonSchema: tool.parameters }));
    return {
      step: async (signal): Promise<ModelTurn> => {
        const response = await this.client.models.generateContent({
          model: this.options.model,
          contents,
          config: { systemInstruction: system, tools: [{ functionDeclarations }], abortSignal: signal, temperature: 0.3 },
        });
        const modelContent = response.candidates?.[0]?.content;
        if (modelContent) contents.push(modelContent);
        const toolCalls: ToolCall[] = (response.functionCalls ?? []).map((call, i) => ({
          id: call.id ?? `${call.name}-${contents.length}-${i}`,
          name: call.name ?? '',
          args: (call.args ?? {}) as Record<string, unknown>,
        }));
        return { text: toolCalls.length ? '' : (response.text ?? ''), toolCalls };
      },
      addToolResults: (results) => {
        contents.push({
          role: 'user',
          parts: results.map(({ call, result }) => ({ functionResponse: { id: call.id, name: call.name, response: { result } } })),
        });
      },
    };
  }
}
