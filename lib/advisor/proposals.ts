import type { AdvisorFix, ProposedIndex } from './findings';

/** An index the advisor proposes, with the patterns it serves and why it looks the way it does. */
export interface IndexProposal {
  readonly kind: 'index';
  /** Stable for a given document: `<tableId>:<index name>`. */
  readonly id: string;
  readonly tableId: string;
  readonly patternIds: string[];
  readonly index: ProposedIndex;
  /** Method choice, then column order, then predicate and INCLUDE: one sentence each. */
  readonly reasons: string[];
  readonly fix: Extract<AdvisorFix, { kind: 'add_index' }>;
}

export interface PartitioningProposal {
  readonly kind: 'partitioning';
  readonly id: string;
  readonly tableId: string;
  readonly strategy: 'range' | 'list' | 'hash';
  readonly patternIds: string[];
  /** The size projection, written out. */
  readonly arithmetic: string;
  readonly reasons: string[];
  /** Null when the change cannot be applied as is (e.g. other tables reference the key it widens). */
  readonly fix: Extract<AdvisorFix, { kind: 'partition_table' }> | null;
}

export type Proposal = IndexProposal | PartitioningProposal;

/** How each access pattern is served: by an index the table has, by a proposal, or not at all (no index helps it). */
export interface PatternCoverage {
  readonly tableId: string;
  readonly patternId: string;
  readonly servedBy: { readonly kind: 'existing'; readonly name: string } | { readonly kind: 'proposal'; readonly proposalId: string } | null;
}
