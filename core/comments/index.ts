export * from './thread';
export * from './anchor-mapping';
export * from './suggestion';
