import { Tag } from 'antd';
import { PROBLEM_KIND_LABELS, PROBLEM_KINDS, type ProblemKind } from '@ogi/report-schema';

const KIND_COLOR: Record<ProblemKind, string> = {
  rule: 'volcano',
  unreadable: 'red',
  not_printed: 'default',
  needs_review: 'purple',
  hint: 'gold',
};

/** "2 条校验不通过" per kind of problem that occurs, in the kinds' order and with their names. */
export function problemKindTags(counts: Readonly<Record<ProblemKind, number>>) {
  return PROBLEM_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
    <Tag key={kind} color={KIND_COLOR[kind]} data-kind={kind}>
      {counts[kind]} 条{PROBLEM_KIND_LABELS[kind]}
    </Tag>
  ));
}
