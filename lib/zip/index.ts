export { crc32 } from './crc32';
export { canDeflate } from './deflate';
export { zip, type ZipEntry, type ZipOptions } from './zip';
