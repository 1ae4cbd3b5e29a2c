/** Words around QR codes (kiosk take-home, classroom sharing). */
import { area } from './area';

export const qr = area(
  {
    'qr.label': 'QR code for {what}',
    'qr.scan': 'Scan this with a phone to take your creature home.',
  },
  {
    'qr.label': 'QR-Code für {what}',
    'qr.scan': 'Scanne das mit einem Handy und nimm dein Wesen mit nach Hause.',
  },
  {
    'qr.label': 'Código QR de {what}',
    'qr.scan': 'Escanéalo con un móvil para llevarte tu criatura a casa.',
  },
);
