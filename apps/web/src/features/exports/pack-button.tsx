import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';

// The dialog (forms, checkboxes, radios) loads on first use, not with the page.
const PackDialog = lazy(() =>
  import('./pack-dialog').then((module) => ({ default: module.PackDialog })),
);

/** 导出汇报材料 in the top bar: opens the briefing-pack dialog. */
export function PackButton() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        导出汇报材料
      </Button>
      {used ? (
        <Suspense fallback={null}>
          <PackDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
