import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Resayil chat on the AI SDK',
  description: 'A Next.js chat on the Vercel AI SDK (useChat + streamText) with @resayil/ai-sdk-provider.',
};

/** The page shell. Direction is decided per message (`dir="auto"`), not for the whole page. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
