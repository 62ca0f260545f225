import { Alert } from 'antd';

/** Says that a part of the app (a chunk) could not be loaded, what to do, and why. */
export function ChunkFailed({ what, error }: { what: string; error: string }) {
  return <Alert type="error" showIcon title={`${what}加载失败，请刷新页面`} description={error} />;
}
