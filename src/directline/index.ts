export { registerWebChat, type WebChatParts } from './routes';
