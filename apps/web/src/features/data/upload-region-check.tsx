import { UNPLACED_REGION } from '@ogi/report-schema';
import { Button, Modal, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useRegions } from '../../data-access/queries';
import { regionTree } from '../../data-access/regions';

/**
 * Asked before an upload with no region or office chosen: pick the region new offices go to, or
 * send as is (a file naming no known office then makes an office under 未分配地区).
 */
export function UploadRegionCheck({
  files,
  onSend,
  onCancel,
}: {
  files: number;
  onSend: (regionId: number | undefined) => void;
  onCancel: () => void;
}) {
  const regions = useRegions();
  const tree = useMemo(() => regionTree(regions.data?.items ?? []), [regions.data]);
  const [regionId, setRegionId] = useState<number | undefined>(undefined);
  return (
    <Modal
      open
      title="这些文件属于哪个地区？"
      onCancel={onCancel}
      rootClassName="upload-region-check"
      footer={[
        <Button key="cancel" onClick={onCancel}>
          取消上传
        </Button>,
        <Button key="as-is" onClick={() => onSend(undefined)}>
          不指定地区，直接上传
        </Button>,
        <Button
          key="send"
          type="primary"
          disabled={regionId === undefined}
          onClick={() => onSend(regionId)}
        >
          按所选地区上传
        </Button>,
      ]}
    >
      <p>
        将上传 {files.toLocaleString('zh-CN')}{' '}
        个文件，未指定地区或单位。文件中的单位若不是已有单位， 会新建为“{UNPLACED_REGION}
        ”的单位，在“地区”页指定地区之前不计入缺报。
      </p>
      <TreeSelect
        id="upload-region-check"
        aria-label="新单位所在地区"
        placeholder="选择地区"
        showSearch={{ treeNodeFilterProp: 'title' }}
        style={{ width: '100%' }}
        treeData={tree}
        value={regionId}
        onChange={(value?: number) => setRegionId(value ?? undefined)}
      />
    </Modal>
  );
}
