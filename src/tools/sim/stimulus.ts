export interface Stimulus { started: boolean; start(board: unknown): void; stop(): void }
