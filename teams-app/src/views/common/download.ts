/** A link target that downloads `text` as a UTF-8 file, without a server round trip. */
export const textDownloadHref = (text: string): string => `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
