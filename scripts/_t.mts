import { keyPhrases } from '../src/core/speech/keyphrases';
console.log(keyPhrases("Nowadays, there's a global consensus that digital economy has been an important driver for economic recovery and inclusive growth. With the rapid development of digital technologies such as AIGC, IoT, Cloud Computing and blockchain, digitalization has transformed commerce, communication, entertainment, and other facets of human life.", 'en').slice(0,8));
console.log(keyPhrases('中国高度重视数字经济发展。数字基础设施建设不断加快，建成了全球规模最大的光纤网络和移动宽带网络。', 'zh').slice(0,6));
console.log(keyPhrases('Сегодня цифровая экономика стала главным источником роста для всего региона. Новые технологии меняют торговлю, связь и государственное управление.', 'ru').slice(0,6));
