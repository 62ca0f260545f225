// onnxruntime-node hands back tensors whose typed arrays belong to Node's own realm, and checks
// them with `instanceof` against the test sandbox's constructors, which differ under Jest. The
// sandbox gets Node's typed-array constructors, so the checks hold as they do outside Jest.
const { TestEnvironment } = require('jest-environment-node');

const TYPED_ARRAYS = [
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Uint8Array',
  'Uint16Array',
  'Uint32Array',
  'BigInt64Array',
  'BigUint64Array',
];

class OnnxEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}

module.exports = OnnxEnvironment;
