// @vitest-environment node
// Half of the mutation suite (./suite.ts); the two halves run side by side.
import { mutationShard } from './suite';

mutationShard(1, 2);
