'use client';

import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RelationshipFlowEdge } from '@/lib/canvas/to-flow';
import { MARKER_IDS } from './CrowsFootMarkers';

export type RelationshipEdgeType = Edge<RelationshipFlowEdge['data'], 'relationship'>;

/**
 * A foreign key from the child's column (source) to the parent's key column
 * (target). The parent end shows one (‖) when the FK column is NOT NULL, or
 * zero-or-one (o|) when it is nullable; the child end shows many for 1:N, or one
 * for 1:1. Smooth steps keep the lines readable when tables move.
 */
export const RelationshipEdge = memo(function RelationshipEdge(props: EdgeProps<RelationshipEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props;
  const [path] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8, offset: 24 });
  const parentEnd = data?.optional ? MARKER_IDS.zeroOrOne : MARKER_IDS.one;
  const childEnd = data?.cardinality === '1:1' ? MARKER_IDS.zeroOrOne : MARKER_IDS.many;
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerStart={`url(#${childEnd})`}
      markerEnd={`url(#${parentEnd})`}
      interactionWidth={16}
      style={{ stroke: selected ? '#6366f1' : '#a1a1aa', strokeWidth: selected ? 2 : 1.5 }}
    />
  );
});
