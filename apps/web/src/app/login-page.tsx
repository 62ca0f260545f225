import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { logIn, type Session } from '../data-access/session';

interface Values {
  username: string;
  password: string;
}

/** The login form shown for any page while nobody is logged in (demo mode off). */
export function LoginPage({ onLoggedIn }: { onLoggedIn: (session: Session) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Shows its own failure in the form, so the form's handler need not await it.
  async function submit(values: Values) {
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await logIn(values.username.trim(), values.password));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <Card title="登录 · 政府信息公开年报看板" className="login-card">
        <Form<Values>
          layout="vertical"
          onFinish={(values) => void submit(values)}
          requiredMark={false}
        >
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[{ required: true, message: '请输入密码' }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error ? <Alert type="error" showIcon title={error} className="login-error" /> : null}
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
