export * from './thread';
export * from './anchor-mapping';
