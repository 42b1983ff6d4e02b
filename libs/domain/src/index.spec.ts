import * as domain from './index';

describe('index', () => {
  it('re-exports every module', () => {
    expect(Object.keys(domain)).toEqual(
      expect.arrayContaining([
        'PHASES',
        'DISTRICTS',
        'RESOURCES',
        'DomainError',
        'isIsoDate',
        'todayIso',
        'parseQuarter',
        'quarterRange',
        'isMilestoneOverdue',
        'indicatorProgress',
        'ON_TRACK_TOLERANCE',
        'evaluateTransition',
        'assertTransition',
        'allowedTargets',
        'isCents',
      ]),
    );
  });
});
