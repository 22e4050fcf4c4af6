export { contractCases, type ContractCase, type RequestInitFromSpec } from './contract-cases.ts';
export { describeContract, type ContractClient } from './describe-contract.ts';
export { type AnsweringServer, answeringServer } from './answering-server.ts';
export { describeTwinSweep, type TwinSweep } from './twin-sweep.ts';
