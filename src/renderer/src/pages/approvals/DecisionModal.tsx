import { Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Approval, ApprovalDecision } from '../../../../shared/approvals/types';
import { FormModal } from '../../components/FormModal';
import { useApprovals } from '../../stores/approvalsStore';

interface Values {
  comment?: string;
}

/** Approve or refuse one request; a refusal must say why (main refuses it otherwise, under the field). */
export function DecisionModal({
  approval,
  decision,
  onClose,
}: {
  approval: Approval;
  decision: ApprovalDecision;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useApprovals((s) => s.decide);
  return (
    <FormModal<Values, Approval>
      title={t(decision === 'approved' ? 'approvals:decide.approveTitle' : 'approvals:decide.refuseTitle')}
      fields={['comment']}
      name="approval-decision"
      testId="approval-decision-form"
      okText={t(decision === 'approved' ? 'approvals:decide.approve' : 'approvals:decide.refuse')}
      run={(v) =>
        decide({
          id: approval.id,
          version: approval.version,
          decision,
          comment: v.comment?.trim() ? v.comment.trim() : null,
        })
      }
      successMessage={() =>
        t(decision === 'approved' ? 'approvals:decide.approved' : 'approvals:decide.refused')
      }
      onClose={onClose}
    >
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('approvals:fields.subject')}>
          {approval.subjectCode} {approval.subjectTitle}
        </Descriptions.Item>
        {approval.summary && (
          <Descriptions.Item label={t('approvals:fields.summary')}>{approval.summary}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('approvals:fields.reason')}>{approval.reason}</Descriptions.Item>
        <Descriptions.Item label={t('approvals:fields.requestedBy')}>
          {approval.requestedByName}
        </Descriptions.Item>
      </Descriptions>
      <Form.Item
        name="comment"
        label={t('approvals:fields.comment')}
        extra={decision === 'refused' ? t('approvals:decide.refuseHint') : undefined}
      >
        <Input.TextArea rows={3} maxLength={2000} autoFocus data-testid="approval-comment" />
      </Form.Item>
    </FormModal>
  );
}
