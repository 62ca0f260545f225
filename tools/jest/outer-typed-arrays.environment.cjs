// Jest's node environment gives each test file its own typed array classes; onnxruntime-node
// checks tensors with `instanceof` against the process's own (a native addon lives outside the
// sandbox), so a model run inside a test needs the sandbox to use the process's classes.
const { TestEnvironment } = require('jest-environment-node');

const TYPED_ARRAYS = [
  'ArrayBuffer',
  'Uint8Array',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

class OuterTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}

module.exports = OuterTypedArraysEnvironment;
