import { describe, expect, it } from 'vitest';
import { detailAt, OUTLINE_BELOW_ZOOM, OVERVIEW_BELOW_ZOOM, OVERVIEW_NAMES_FROM_ZOOM } from './level-of-detail';

describe('detailAt', () => {
  it('draws less the further out the zoom goes: full, then outlines, then the overview', () => {
    expect(detailAt(1)).toBe('full');
    expect(detailAt(OUTLINE_BELOW_ZOOM)).toBe('full');
    expect(detailAt(OUTLINE_BELOW_ZOOM - 0.01)).toBe('outline');
    expect(detailAt(OVERVIEW_BELOW_ZOOM)).toBe('outline');
    expect(detailAt(OVERVIEW_BELOW_ZOOM - 0.01)).toBe('overview');
    expect(detailAt(0.1)).toBe('overview');
  });

  it('shows overview names only inside the overview band', () => {
    expect(OVERVIEW_NAMES_FROM_ZOOM).toBeLessThan(OVERVIEW_BELOW_ZOOM);
  });
});
