import { GoogleGenAI, type Content, type Part } from '@google/genai';
import type { GeminiConfig } from '../../../config';
import type { AiProvider, ModelSession, ModelTurn, PriorTurn, ToolCall, ToolDefinition } from './provider';

/** Gemini through `@google/genai` (the maintained successor of `@google/generative-ai`), native function calling. */
export class GeminiProvider implements AiProvider {
  readonly name = 'gemini' as const;
  private readonly client: GoogleGenAI;

  constructor(private readonly options: GeminiConfig) {
    // Every call is bounded by our own timeout (AI_TIMEOUT_MS), so the plain global fetch is used rather
    // than the SDK's timeout-free Undici dispatcher.
    this.client = new GoogleGenAI({
      apiKey: options.apiKey,
      httpOptions: {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        fetch: (input, init) => fetch(input, init),
      },
    });
  }

  open(system: string, history: PriorTurn[], message: string, tools: ToolDefinition[]): ModelSession {
    const contents: Content[] = [
      ...history.map((turn) => ({ role: turn.role === 'user' ? 'user' : 'model', parts: [{ text: turn.text }] })),
      { role: 'user', parts: [{ text: message }] },
    ];
    const functionDeclarations = tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      parametersJsonSchema: tool.parameters,
    }));
    const request = (signal: AbortSignal) => ({
      model: this.options.model,
      contents,
      config: { systemInstruction: system, tools: [{ functionDeclarations }], abortSignal: signal, temperature: 0.3 },
    });
    /** Records the model's parts in the history and reads its tool calls. */
    const turnFrom = (parts: Part[]): ModelTurn => {
      contents.push({ role: 'model', parts });
      const toolCalls: ToolCall[] = parts
        .filter((part) => part.functionCall)
        .map((part, i) => ({
          id: part.functionCall!.id ?? `${part.functionCall!.name}-${contents.length}-${i}`,
          name: part.functionCall!.name ?? '',
          args: part.functionCall!.args ?? {},
        }));
      const text = parts.map((part) => (part.functionCall || part.thought ? '' : (part.text ?? ''))).join('');
      return { text: toolCalls.length ? '' : text, toolCalls };
    };
    return {
      step: async (signal) =>
        turnFrom((await this.client.models.generateContent(request(signal))).candidates?.[0]?.content?.parts ?? []),
      stepStream: async (signal, onText) => {
        const parts: Part[] = [];
        for await (const chunk of await this.client.models.generateContentStream(request(signal))) {
          for (const part of chunk.candidates?.[0]?.content?.parts ?? []) {
            if (part.text && !part.functionCall && !part.thought) onText(part.text);
            parts.push(part);
          }
        }
        return turnFrom(parts);
      },
      addToolResults: (results) => {
        contents.push({
          role: 'user',
          parts: results.map(({ call, result }) => ({
            functionResponse: { id: call.id, name: call.name, response: { result } },
          })),
        });
      },
    };
  }
}
