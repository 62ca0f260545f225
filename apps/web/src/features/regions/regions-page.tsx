import { App as AntApp, Card } from 'antd';
import { useState } from 'react';
import { WhenLoaded } from '../../app/load-states';
import { dataApi } from '../../data-access/data-api';
import { useRegions } from '../../data-access/queries';
import { DivisionsPanel } from './divisions-panel';
import { ImportPanel } from './import-panel';
import { MergePanel } from './merge-panel';
import { RegionDetail } from './region-detail';
import { RegionDialog } from './region-dialog';
import { levelsUnder } from './region-levels';
import { RegionTreePanel } from './region-tree-panel';
import { UnplacedOffices } from './unplaced-offices';
import { useAction } from './use-action';

function RegionsContent() {
  const regions = useRegions();
  const [selected, setSelected] = useState<number | null>(null);
  const [addingTop, setAddingTop] = useState(false);
  const createTop = useAction(
    (body: Parameters<typeof dataApi.createRegion>[0]) => dataApi.createRegion(body),
    (created) => `已新建地区“${created.name}”`,
    '新建地区失败',
  );

  return (
    <WhenLoaded query={regions} failed="无法读取地区" loading="正在读取地区…" rows={4}>
      {({ items: list }) => {
        const region = list.find((r) => r.id === selected) ?? null;
        return (
          <>
            <div className="regions-layout">
              <RegionTreePanel
                regions={list}
                selected={region?.id ?? null}
                onSelect={setSelected}
                onAddTop={() => setAddingTop(true)}
              />
              {region ? (
                <RegionDetail region={region} regions={list} onSelect={setSelected} />
              ) : (
                <Card className="regions-placeholder">
                  在左侧选择一个地区，查看和编辑它的单位。
                </Card>
              )}
            </div>
            <UnplacedOffices regions={list} />
            <ImportPanel />
            <MergePanel />
            <DivisionsPanel />
            {addingTop ? (
              <RegionDialog
                open={addingTop}
                title="新建顶级地区"
                initial={{ name: '', level: 'province', code: '' }}
                levels={levelsUnder(null)}
                pending={createTop.pending}
                // Not awaited: run() shows its own failure and resolves to null.
                onSubmit={(value) =>
                  void createTop
                    .run({
                      name: value.name,
                      level: value.level,
                      parentId: null,
                      code: value.code || null,
                    })
                    .then((created) => {
                      if (created) {
                        setAddingTop(false);
                        setSelected(created.id);
                      }
                    })
                }
                onClose={() => setAddingTop(false)}
              />
            ) : null}
          </>
        );
      }}
    </WhenLoaded>
  );
}

/** 地区: the region tree with its offices; add, rename, move, import, divisions, merges. */
export function RegionsPage() {
  return (
    <AntApp component={false}>
      <RegionsContent />
    </AntApp>
  );
}

export default RegionsPage;
