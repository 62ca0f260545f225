import CloseCircleFilled from '@ant-design/icons/CloseCircleFilled';

/**
 * `allowClear` for selects and inputs with a Chinese name for screen readers: antd names a
 * select's clear button "Clear" whatever the locale, and an input's by its icon ("close-circle").
 */
export const CLEARABLE = {
  clearIcon: <CloseCircleFilled aria-label="清除" />,
  label: '清除',
};
