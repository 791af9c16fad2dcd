from django.db import models


class Todo(models.Model):
    created_at = models.DurationField(verbose_name='created_at')
    homepage = models.ImageField('homepage', upload_to='files/')

    class Meta:
        ordering = ['-homepage']
        verbose_name = 'todo item'
