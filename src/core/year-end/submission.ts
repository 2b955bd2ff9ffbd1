/** 総括表 提出区分 (the usual four; the municipality's form may word them otherwise). Apart so the RPC schema stays small. */
export const SUBMISSION_KINDS = ['新規', '追加', '訂正', '取消'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];
