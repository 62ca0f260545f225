import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';

/**
 * The frame of the 地区 page's dialogs: the title, 取消 and an OK button (保存 unless told) that
 * can be pressed only when the value is `ready` and spins while `pending`, the fields in a
 * vertical form. The parents mount a dialog only while it is open, so every opening starts from
 * its initial value.
 */
export function EditDialog({
  open,
  title,
  okText = '保存',
  ready,
  pending,
  onSubmit,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  okText?: string;
  ready: boolean;
  pending: boolean;
  /** Called by the OK button; the fields call it too when Enter is pressed in them. */
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      confirmLoading={pending}
      okButtonProps={{ disabled: !ready }}
      onOk={onSubmit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">{children}</Form>
    </Modal>
  );
}
