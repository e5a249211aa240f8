/**
 * Localised words that title grammars count by. Pure data. Stems, not whole words, so plural and
 * case forms (`уведомление/уведомления/уведомлений`) all match; matched case-insensitively.
 * Each list becomes a regex on first use (utils/once.ts): a page needs only its own app's words.
 */
import { once } from './once';

// Marked pure: a guard bundle keeps only the lists its app's grammar uses.
/* @__NO_SIDE_EFFECTS__ */
function anyOf(stems: readonly string[]): () => RegExp {
  return once(() => new RegExp(`(?:${stems.join('|')})`, 'iu'));
}

// Telegram K fills `N notification(s)` from its language pack; Telegram A hard-codes English.
export const notificationWord = anyOf([
  'notif', // en, fr, es, it, pt, ro, ca, id (notifikasi), da (notifikation)
  'benachrichtigung',
  'уведомлен',
  'сповіщен',
  'апавяшчэн',
  'известие',
  'обавештењ',
  'powiadomie',
  'oznámen',
  'upozornen',
  'értesítés',
  'melding',
  'meddelande',
  'avisering',
  'varsel',
  'ilmoitu',
  'bildiri',
  'ειδοποίησ',
  'ειδοποιησ',
  'התרא',
  'إشعار',
  'اعلان',
  'اعلامی',
  'सूचना',
  'pemberitahuan',
  'thông báo',
  'การแจ้งเตือน',
  '通知',
  '알림',
  'obavijest',
  'хабарландыру',
]);

// Rocket.Chat's `unread_messages_counter`, Yahoo's `(N unread)` and generic `N unread message(s)`.
export const unreadWord = anyOf([
  'unread',
  'ungelesen',
  'non lu',
  'non-lu',
  'no leíd',
  'sin leer',
  'não lid',
  'nao lid',
  'non lett',
  'ongelezen',
  'nieprzeczytan',
  'непрочитан',
  'непрочит',
  'okunmamış',
  'olvasatlan',
  'nepřečten',
  'neprečítan',
  'necitit',
  'lukemat',
  'oläst',
  'ulest',
  'ulæst',
  'αδιάβαστ',
  'לא נקרא',
  'غير مقروء',
  'chưa đọc',
  'belum dibaca',
  '未読',
  '未读',
  '未讀',
  '읽지 않은',
]);

// Slack's `N new item(s)`; its translations are unknown, so Slack also reads the segment by position.
export const newItemWord = anyOf(['new items?\\b']);

/**
 * Blink frames that announce a message instead of counting it (Messenger `Alice messaged you`,
 * LinkedIn `New message from X`, legacy Gmail chat `Alice says…`; Gmail's guard carries only that one,
 * utils/title-grammars.ts `gmailChatBlink`). Each is a phrase, not a word:
 * LinkedIn's `Messaging` page and a person named `Nova` must not match.
 */
export const messageBlink = anyOf([
  '\\bmessaged you\\b',
  '\\bsent you (?:a |an )?(?:new )?messages?\\b',
  '\\bsent a message\\b',
  '\\bnew messages? from\\b',
  '\\bsays(?:…|\\.\\.\\.)\\s*$',
  'enviou-te uma mensagem',
  'te enviou uma mensagem',
  'enviou uma mensagem',
  'novas? mensage(?:m|ns) de',
  'te (?:ha )?envi(?:ó|ado) un mensaje',
  'nuevos? mensajes? de',
  "(?:vous|t[’'])\\s?a envoyé un message",
  'nouveaux? messages? de',
  'neue nachrichte?n? von',
  'hat (?:ihnen|dir) eine nachricht',
  'nuovi? messaggi? da',
  'ti ha inviato un messaggio',
  'nieuwe? berichte?n? van',
  'heeft (?:je|u) een bericht',
  'nowa wiadomość od',
  'новое сообщение от',
  'новых сообщени',
  'вам сообщение',
  'yeni mesaj',
  'size mesaj gönderdi',
  'sana mesaj gönderdi',
  'からメッセージ',
  '新着メッセージ',
  '发来消息',
  '新消息',
  '新訊息',
  '새 메시지',
  '메시지를 보냈',
]);
