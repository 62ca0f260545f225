import { Button, Space, Tag } from 'antd';
import { ROLE_LABELS, type SessionUser } from '../data-access/session';

/** Who is logged in, their role, and logout (not for the demo account: it logs in again). */
export function UserMenu({ user, onLogOut }: { user: SessionUser; onLogOut: () => void }) {
  return (
    <Space className="user-menu" size="small" aria-label="当前用户">
      <span className="user-menu-name">{user.username}</span>
      <Tag color={user.isDemo ? 'orange' : 'blue'}>
        {user.isDemo ? '演示账号' : ROLE_LABELS[user.role]}
      </Tag>
      {user.isDemo ? null : (
        <Button size="small" onClick={onLogOut}>
          退出登录
        </Button>
      )}
    </Space>
  );
}
