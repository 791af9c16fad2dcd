from django.db import models


class Article(models.Model):
    content = models.ImageField('content', upload_to='uploads/%Y/%m/')
    position = models.URLField('position', max_length=300)
    released = models.SmallIntegerField(blank=True)
    parent = models.ForeignKey('self', on_delete=models.CASCADE)

    class Meta:
        ordering = ['-position']
        indexes = [
            models.Index(fields=['content', 'parent'], name='article_content_idx'),
        ]
