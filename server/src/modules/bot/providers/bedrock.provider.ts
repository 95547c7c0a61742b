import { BedrockRuntimeClient, ConverseCommand, type Message, type Tool } from '@aws-sdk/client-bedrock-runtime';
import type { AiProvider, ModelSession, ModelTurn, PriorTurn, ToolCall, ToolDefinition } from './provider';

export interface BedrockOptions {
  modelId: string;
  region: string;
  /** Endpoint override (tests point it at a local stub); credentials come from the AWS chain. */
  endpoint?: string;
}

/** AWS Bedrock through the Converse API with tool use. */
export class BedrockProvider implements AiProvider {
  readonly name = 'bedrock' as const;
  private readonly client: BedrockRuntimeClient;

  constructor(private readonly options: BedrockOptions) {
    this.client = new BedrockRuntimeClient({ region: options.region, endpoint: options.endpoint, maxAttempts: 1 });
  }

  open(system: string, history: PriorTurn[], message: string, tools: ToolDefinition[]): ModelSession {
    const messages: Message[] = [
      ...history.map((turn): Message => ({ role: turn.role, content: [{ text: turn.text }] })),
      { role: 'user', content: [{ text: message }] },
    ];
    const toolConfig = {
      tools: tools.map((tool): Tool => ({ toolSpec: { name: tool.name, description: tool.description, inputSchema: { json: tool.parameters as never } } })),
    };
    return {
      step: async (signal): Promise<ModelTurn> => {
        const response = await this.client.send(
          new ConverseCommand({ modelId: this.options.modelId, system: [{ text: system }], messages, toolConfig, inferenceConfig: { temperature: 0.3 } }),
          { abortSignal: signal },
        );
        const content = response.output?.message?.content ?? [];
        if (response.output?.message) messages.push(response.output.message);
        const toolCalls: ToolCall[] = content
          .filter((block) => block.toolUse)
          .map((block) => ({ id: block.toolUse!.toolUseId ?? '', name: block.toolUse!.name ?? '', args: (block.toolUse!.input ?? {}) as Record<string, unknown> }));
        const text = content.map((block) => block.text ?? '').join('');
        return { text: toolCalls.length ? '' : text, toolCalls };
      },
      addToolResults: (results) => {
        messages.push({
          role: 'user',
          content: results.map(({ call, result }) => ({ toolResult: { toolUseId: call.id, content: [{ json: { result } as never }] } })),
        });
      },
    };
  }
}
