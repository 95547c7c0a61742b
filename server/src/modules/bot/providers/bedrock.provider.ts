import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  type ContentBlock,
  type Message,
  type Tool,
  type ToolUseBlock,
} from '@aws-sdk/client-bedrock-runtime';
import type { BedrockConfig } from '../../../config';
import type { AiProvider, ModelSession, ModelTurn, PriorTurn, ToolCall, ToolDefinition } from './provider';

/** AWS Bedrock through the Converse API with tool use. */
export class BedrockProvider implements AiProvider {
  readonly name = 'bedrock' as const;
  private readonly client: BedrockRuntimeClient;

  constructor(private readonly options: BedrockConfig) {
    this.client = new BedrockRuntimeClient({ region: options.region, endpoint: options.endpoint, maxAttempts: 1 });
  }

  open(system: string, history: PriorTurn[], message: string, tools: ToolDefinition[]): ModelSession {
    const messages: Message[] = [
      ...history.map((turn): Message => ({ role: turn.role, content: [{ text: turn.text }] })),
      { role: 'user', content: [{ text: message }] },
    ];
    const toolConfig = {
      tools: tools.map((tool): Tool => ({
        toolSpec: { name: tool.name, description: tool.description, inputSchema: { json: tool.parameters as never } },
      })),
    };
    const input = {
      modelId: this.options.modelId,
      system: [{ text: system }],
      messages,
      toolConfig,
      inferenceConfig: { temperature: 0.3 },
    };
    /** Records the assistant's message in the history and reads its tool calls. */
    const turnFrom = (content: ContentBlock[]): ModelTurn => {
      messages.push({ role: 'assistant', content });
      const toolCalls: ToolCall[] = content
        .filter((block) => block.toolUse)
        .map((block) => ({
          id: block.toolUse!.toolUseId ?? '',
          name: block.toolUse!.name ?? '',
          args: (block.toolUse!.input ?? {}) as Record<string, unknown>,
        }));
      const text = content.map((block) => block.text ?? '').join('');
      return { text: toolCalls.length ? '' : text, toolCalls };
    };
    return {
      step: async (signal) =>
        turnFrom(
          (await this.client.send(new ConverseCommand(input), { abortSignal: signal })).output?.message?.content ?? [],
        ),
      stepStream: async (signal, onText) => {
        const response = await this.client.send(new ConverseStreamCommand(input), { abortSignal: signal });
        // Blocks arrive as start / deltas / stop events; tool input comes as JSON text in pieces.
        const blocks = new Map<number, { text: string; toolUse?: { toolUseId: string; name: string; json: string } }>();
        for await (const event of response.stream ?? []) {
          const start = event.contentBlockStart;
          if (start?.start?.toolUse) {
            blocks.set(start.contentBlockIndex ?? 0, {
              text: '',
              toolUse: {
                toolUseId: start.start.toolUse.toolUseId ?? '',
                name: start.start.toolUse.name ?? '',
                json: '',
              },
            });
          }
          const delta = event.contentBlockDelta;
          if (delta?.delta) {
            const block = blocks.get(delta.contentBlockIndex ?? 0) ?? { text: '' };
            blocks.set(delta.contentBlockIndex ?? 0, block);
            if (delta.delta.text) {
              block.text += delta.delta.text;
              onText(delta.delta.text);
            }
            if (delta.delta.toolUse?.input && block.toolUse) block.toolUse.json += delta.delta.toolUse.input;
          }
        }
        const content: ContentBlock[] = [...blocks.entries()]
          .sort(([a], [b]) => a - b)
          .map(([, block]) =>
            block.toolUse
              ? {
                  toolUse: {
                    toolUseId: block.toolUse.toolUseId,
                    name: block.toolUse.name,
                    input: JSON.parse(block.toolUse.json || '{}') as ToolUseBlock['input'],
                  },
                }
              : { text: block.text },
          );
        return turnFrom(content);
      },
      addToolResults: (results) => {
        messages.push({
          role: 'user',
          content: results.map(({ call, result }) => ({
            toolResult: { toolUseId: call.id, content: [{ json: { result } as never }] },
          })),
        });
      },
    };
  }
}
