import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';

function Probe() {
  return (
    <button type="button" onClick={(e) => (e.currentTarget.textContent = 'clicked')}>
      click
    </button>
  );
}

const meta = { component: Probe } satisfies Meta<typeof Probe>;
export default meta;

export const Default: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await expect(canvas.getByRole('button')).toHaveTextContent('clicked');
  },
};
