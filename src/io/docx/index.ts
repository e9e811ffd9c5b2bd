export { readDocx } from './readDocx';
export { isOleFile, isZipFile, isEncryptedPackage } from './sniffWord';
export { MAX_DOCUMENT_XML_BYTES } from './unzipDocument';
