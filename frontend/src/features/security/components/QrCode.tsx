import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of `value`, drawn as SVG (no canvas needed), shown as an image with a text alternative. */
export function QrCode({ value, alt }: { value: string; alt: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toString(value, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
      if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [value]);
  return source ? <img className="qr-code" src={source} alt={alt} width={200} height={200} /> : null;
}
