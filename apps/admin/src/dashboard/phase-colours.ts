import type { Phase } from '@lab/domain';

/** One colour per phase, shared by the chart and the pipeline so that a phase looks the same in both. */
export const PHASE_COLOURS: Record<Phase, string> = { scenario: '#7a6f9b', experiment: '#004699', rollout: '#00703c', stopped: '#6b6b6b' };
