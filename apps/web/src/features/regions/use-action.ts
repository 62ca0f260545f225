import { App } from 'antd';
import { useCallback } from 'react';
import { describeError } from '../../data-access/api-client';
import { useRegionEdit } from '../../data-access/data-queries';

/**
 * A region/office edit with its messages: a Chinese success sentence, or what failed and the
 * server's reason. Resolves to the result, or null when it failed (the dialog stays open).
 */
export function useAction<A, R>(
  call: (args: A) => Promise<R>,
  success: (result: R, args: A) => string,
  failure: string,
) {
  const { message } = App.useApp();
  const mutation = useRegionEdit(call);
  const { mutateAsync } = mutation;
  const run = useCallback(
    async (args: A): Promise<R | null> => {
      try {
        const result = await mutateAsync(args);
        void message.success(success(result, args));
        return result;
      } catch (err) {
        void message.error(`${failure}：${describeError(err)}`, 8);
        return null;
      }
    },
    [mutateAsync, message, success, failure],
  );
  return { run, pending: mutation.isPending };
}
